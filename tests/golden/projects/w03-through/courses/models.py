from django.conf import settings
from django.db import models


class Enrollment(models.Model):
    student = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    course = models.ForeignKey('Course', on_delete=models.CASCADE, related_name='enrollments')
    grade = models.IntegerField(null=True)


class Course(models.Model):
    title = models.CharField(max_length=100)
    students = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through=Enrollment, related_name='courses', blank=True
    )
