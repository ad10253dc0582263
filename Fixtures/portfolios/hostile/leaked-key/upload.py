import boto3
